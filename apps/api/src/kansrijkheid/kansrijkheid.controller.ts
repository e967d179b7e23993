import { Body, Controller, Get, Headers, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { RequestErrors, Roles } from '@werkbrug/common';
import { KansrijkheidEntryDto } from './dto/kansrijkheid-entry.dto';
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
  @ApiQuery({ name: 'region', required: false })
  @ApiQuery({ name: 'sector', required: false })
  @ApiOkResponse({ type: [KansrijkheidRowView] })
  async list(@Query('region') region?: string, @Query('sector') sector?: string): Promise<KansrijkheidRowView[]> {
    return (await this.kansrijkheid.list({ region, sector })).map(KansrijkheidRowView.ofRow);
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
