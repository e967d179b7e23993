import { Module } from '@nestjs/common';
import { AccountManagersController } from './account-managers.controller';
import { ContactPersonRepository } from './contact-person.repository';
import { EmployerChangeRepository } from './employer-change.repository';
import { EmployerHistoryRepository } from './employer-history.repository';
import { EmployerRepository } from './employer.repository';
import { EmployersController } from './employers.controller';
import { EmployersService } from './employers.service';

@Module({
  controllers: [EmployersController, AccountManagersController],
  providers: [
    EmployersService,
    EmployerRepository,
    ContactPersonRepository,
    EmployerChangeRepository,
    EmployerHistoryRepository,
  ],
  exports: [EmployersService],
})
export class EmployersModule {}
