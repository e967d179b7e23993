import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IdParam, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { CandidateRecord, CandidatesService } from './candidates.service';
import { AvailabilityDto } from './dto/availability.dto';
import { CreateCandidateDto } from './dto/create-candidate.dto';

/** Candidate profiles hold health data (belastbaarheid): klantmanagers and administrators only. */
@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Post()
  @Roles('klantmanager', 'admin')
  @AuditCandidateData({ resource: 'candidate-profile', action: 'create', candidateId: 'id', reason: 'case management' })
  create(@Body() dto: CreateCandidateDto): Promise<CandidateRecord> {
    return this.candidates.create(dto);
  }

  @Get()
  @Roles('klantmanager', 'admin')
  @AuditCandidateData({
    resource: 'candidate-identity',
    action: 'read',
    list: true,
    candidateId: 'id',
    reason: 'case management',
  })
  list() {
    return this.candidates.list();
  }

  /** Profiles that lack what matching needs, with what is missing: they are not matched until complete. */
  @Get('incomplete')
  @Roles('klantmanager', 'admin')
  @AuditCandidateData({
    resource: 'candidate-identity',
    action: 'read',
    list: true,
    candidateId: 'id',
    reason: 'case management',
  })
  incomplete() {
    return this.candidates.incomplete();
  }

  @Get(':id')
  @Roles('klantmanager', 'admin')
  @AuditCandidateData({
    resource: 'candidate-profile',
    action: 'read',
    candidateId: 'param:id',
    reason: 'case management',
    purposeRequiredFor: ['admin'],
  })
  get(@IdParam() id: string): Promise<CandidateRecord> {
    return this.candidates.get(id);
  }

  @Put(':id')
  @Roles('klantmanager', 'admin')
  @AuditCandidateData({
    resource: 'candidate-profile',
    action: 'update',
    candidateId: 'param:id',
    reason: 'case management',
  })
  update(@IdParam() id: string, @Body() dto: CreateCandidateDto): Promise<CandidateRecord> {
    return this.candidates.update(id, dto);
  }

  @Put(':id/availability')
  @Roles('klantmanager', 'admin')
  @AuditCandidateData({
    resource: 'candidate-availability',
    action: 'update',
    candidateId: 'param:id',
    reason: 'case management',
  })
  setAvailability(@IdParam() id: string, @Body() dto: AvailabilityDto) {
    return this.candidates.setAvailability(id, dto);
  }
}
