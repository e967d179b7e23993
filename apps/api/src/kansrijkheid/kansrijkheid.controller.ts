import { Body, Controller, Get, Headers, Post, Put, Query, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '@werkbrug/common';
import { KansrijkheidEntryDto } from './dto/kansrijkheid-entry.dto';
import { CSV_COLUMNS, KansrijkheidService } from './kansrijkheid.service';

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
  list(@Query('region') region?: string, @Query('sector') sector?: string) {
    return this.kansrijkheid.list({ region, sector });
  }

  @Put()
  @Roles('admin')
  upsert(@Body() dto: KansrijkheidEntryDto) {
    return this.kansrijkheid.upsert(dto);
  }

  @Post('import')
  @Roles('admin')
  @ApiConsumes('text/csv')
  @ApiBody({ description: `CSV with the header ${CSV_COLUMNS.join(',')}`, schema: { type: 'string' } })
  import(@Body() csv: unknown, @Headers('content-type') contentType?: string) {
    if (typeof csv !== 'string' || !contentType?.startsWith('text/csv'))
      throw new UnsupportedMediaTypeException('Send the table as text/csv.');
    return this.kansrijkheid.import(csv);
  }
}
