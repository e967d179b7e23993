import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { PagedList, pageOf, PageQuery, Paged } from '../shared/validation/paging';
import { CreateEmployerDto } from './dto/create-employer.dto';
import { EmployerView } from './employer.response';
import { EmployersService } from './employers.service';

@ApiTags('employers')
@ApiBearerAuth()
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Post()
  @Roles('accountmanager', 'admin')
  @ApiCreatedResponse({ type: EmployerView })
  async create(@Body() dto: CreateEmployerDto): Promise<EmployerView> {
    return EmployerView.of(await this.employers.create(dto));
  }

  @Get()
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOkResponse({ type: [EmployerView] })
  @PagedList()
  async list(@Query() query: PageQuery): Promise<Paged<EmployerView>> {
    const { items, more } = await this.employers.list(pageOf(query));
    return { items: items.map(EmployerView.of), more };
  }

  @Get(':id')
  @Roles('employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOkResponse({ type: EmployerView })
  async get(@IdParam() id: string, @CurrentPrincipal() principal: Principal): Promise<EmployerView> {
    return EmployerView.of(await this.employers.get(id, principal));
  }
}
