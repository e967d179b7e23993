import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { invalidField } from '@werkbrug/common';
import { Candidate, CandidateIdentity } from '@werkbrug/database';
import { findPostcodeArea, travelLimitKm } from '@werkbrug/reference-data';
import { DataSource } from 'typeorm';
import { assertUnique } from '../validation/unique';
import { CreateCandidateDto } from './dto/create-candidate.dto';

/** The full profile with identity: for the candidate's klantmanager and administrators only. */
export type CandidateRecord = Candidate & { name: string; email: string | null; phone: string | null };

@Injectable()
export class CandidatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(dto: CreateCandidateDto): Promise<CandidateRecord> {
    this.checkConsistency(dto);
    const { name, email, phone, ...profile } = dto;
    return this.dataSource.transaction(async (manager) => {
      const area = findPostcodeArea(profile.postcode)!;
      const candidate = await manager.save(
        manager.create(Candidate, {
          ...profile,
          educationLevel: profile.educationLevel ?? null,
          belastbaarheid: profile.belastbaarheid ?? null,
          latitude: area.latitude,
          longitude: area.longitude,
          travelKm: travelLimitKm(profile.travel),
          availability: 'available',
        }),
      );
      const identity = await manager.save(manager.create(CandidateIdentity, { candidateId: candidate.id, name, email: email ?? null, phone: phone ?? null }));
      return toRecord(candidate, identity);
    });
  }

  async list(): Promise<{ id: string; name: string; postcode: string; availability: string }[]> {
    const candidates = await this.dataSource.getRepository(Candidate).find({ relations: { identity: true }, order: { createdAt: 'ASC' } });
    return candidates.map((c) => ({ id: c.id, name: c.identity?.name ?? '', postcode: c.postcode, availability: c.availability }));
  }

  async get(id: string): Promise<CandidateRecord> {
    const candidate = await this.dataSource.getRepository(Candidate).findOne({ where: { id }, relations: { identity: true } });
    if (!candidate?.identity) throw new NotFoundException(`Candidate ${id} not found.`);
    return toRecord(candidate, candidate.identity);
  }

  /** Rules across fields, which the DTO's per-field decorators cannot express. */
  private checkConsistency(dto: CreateCandidateDto): void {
    if (dto.travel.maxKm === undefined && dto.travel.maxMinutes === undefined) {
      throw invalidField('travel', 'give maxKm or maxMinutes (or both)');
    }
    if (dto.wishes.hoursPerWeekMin > dto.wishes.hoursPerWeekMax) {
      throw invalidField('wishes.hoursPerWeekMin', 'must not be more than hoursPerWeekMax');
    }
    assertUnique('competences', dto.competences, (c) => c.code);
    if (!dto.belastbaarheid) return;
    assertUnique('belastbaarheid.limits', dto.belastbaarheid.limits, (l) => l.item);
    if (dto.belastbaarheid.assessedOn > new Date().toISOString().slice(0, 10)) {
      throw invalidField('belastbaarheid.assessedOn', 'must not be in the future');
    }
  }
}

function toRecord(candidate: Candidate, identity: CandidateIdentity): CandidateRecord {
  const { identity: _omitted, ...profile } = candidate;
  return { ...profile, name: identity.name, email: identity.email, phone: identity.phone } as CandidateRecord;
}
