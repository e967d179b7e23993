import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { TensionClass } from '@werkbrug/reference-data';

/** Labour-market tension of a sector (or, finer, an occupation group: sector `*`) in a region. */
@Entity('kansrijkheid')
export class KansrijkheidEntry {
  @PrimaryColumn()
  region: string;

  @PrimaryColumn()
  sector: string;

  @PrimaryColumn({ default: '' })
  occupationGroup: string;

  @Column({ type: 'smallint' })
  tension: TensionClass;

  /** Vacancies per job seeker in the first six months of benefit, where known. */
  @Column({ type: 'real', nullable: true })
  ratio: number | null;

  @Column()
  source: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** When an administrator set this row; null while it is the shipped, illustrative table's. */
  @Column({ type: 'timestamptz', nullable: true })
  replacedAt: Date | null;
}
