import { Module } from '@nestjs/common';
import { EmployerRepository } from './employer.repository';
import { EmployersController } from './employers.controller';
import { EmployersService } from './employers.service';

@Module({
  controllers: [EmployersController],
  providers: [EmployersService, EmployerRepository],
  exports: [EmployersService],
})
export class EmployersModule {}
