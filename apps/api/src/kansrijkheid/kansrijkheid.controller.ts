import { Body, Controller, Get, Headers, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { RequestErrors, Roles } from '@werkbrug/common';
import { PagedList, pageOf, Paged, slicePage } from '../shared/validation/paging';
import { KansrijkheidEntryDto } from './dto/kansrijkheid-entry.dto';
import { ListKansrijkheidQuery } from './dto/list-kansrijkheid.query';
import { CSV_COLUMNS } from './kansrijkheid-rows';
import { KansrijkheidEntryView, KansrijkheidImportView, KansrijkheidRowView } from './kansrijkheid.response';
import { KansrijkheidService } from './kansrijkheid.service';

/** Labour-market tension per region and sector: reference data an administrator keeps current. */
@ApiTags('kansrijkheid')
@ApiBearerAuth()
@Controller('kansrijkheid')
export class KansrijkheidController {
  constructor(private readonly kansrijkheid: KansrijkheidService) {}

  @Get()
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOkResponse({ type: [KansrijkheidRowView] })
  @PagedList()
  async list(@Query() query: ListKansrijkheidQuery): Promise<Paged<KansrijkheidRowView>> {
    const { region, sector } = query;
    // The table is reference data of a few hundred rows with defaults merged in: the page is cut from them all.
    const rows = (await this.kansrijkheid.list({ region, sector })).map(KansrijkheidRowView.ofRow);
    return slicePage(rows, pageOf(query));
  }

  @Put()
  @Roles('admin')
  @ApiOkResponse({ type: KansrijkheidEntryView })
  async upsert(@Body() dto: KansrijkheidEntryDto): Promise<KansrijkheidEntryView> {
    return KansrijkheidEntryView.of(await this.kansrijkheid.upsert(dto));
  }

  @Post('import')
  @Roles('admin')
  @ApiConsumes('text/csv')
  @ApiBody({ description: `CSV with the header ${CSV_COLUMNS.join(',')}`, schema: { type: 'string' } })
  @ApiCreatedResponse({ type: KansrijkheidImportView })
  @ApiUnsupportedMediaTypeResponse({ description: 'The body is not text/csv' })
  import(@Body() csv: unknown, @Headers('content-type') contentType?: string): Promise<KansrijkheidImportView> {
    if (typeof csv !== 'string' || !contentType?.startsWith('text/csv'))
      throw RequestErrors.unsupportedMediaType('Send the table as text/csv.');
    return this.kansrijkheid.import(csv);
  }
}
