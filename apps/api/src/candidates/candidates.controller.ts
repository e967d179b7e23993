import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IdParam, Roles } from '@werkbrug/common';
import { CandidateRecord, CandidatesService } from './candidates.service';
import { CreateCandidateDto } from './dto/create-candidate.dto';

/** Candidate profiles hold health data (belastbaarheid): klantmanagers and administrators only. */
@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Post()
  @Roles('klantmanager', 'admin')
  create(@Body() dto: CreateCandidateDto): Promise<CandidateRecord> {
    return this.candidates.create(dto);
  }

  @Get()
  @Roles('klantmanager', 'admin')
  list() {
    return this.candidates.list();
  }

  @Get(':id')
  @Roles('klantmanager', 'admin')
  get(@IdParam() id: string): Promise<CandidateRecord> {
    return this.candidates.get(id);
  }
}
