import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { Employer } from '@werkbrug/database';
import { CreateEmployerDto } from './dto/create-employer.dto';
import { EmployersService } from './employers.service';

@ApiTags('employers')
@ApiBearerAuth()
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Post()
  @Roles('accountmanager', 'admin')
  create(@Body() dto: CreateEmployerDto): Promise<Employer> {
    return this.employers.create(dto);
  }

  @Get()
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  list(): Promise<Employer[]> {
    return this.employers.list();
  }

  @Get(':id')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  get(@IdParam() id: string, @CurrentPrincipal() principal: Principal): Promise<Employer> {
    return this.employers.get(id, principal);
  }
}
