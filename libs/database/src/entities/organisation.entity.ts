import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ORGANISATION_KINDS = ['municipality', 'uwv', 'wsp'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * A member of the regional werkgeversservicepunt: a municipality, UWV, or the WSP itself. Its people
 * work in Werkbrug, and the candidates it pays a benefit to are its data.
 */
@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A stable short name, used in configuration (an identity provider names its organisation by it). */
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Column({ type: 'text' })
  name: string;

  /** CBS gemeentecode (GM0034) of a municipality; null for UWV and the WSP. */
  @Column({ type: 'text', nullable: true })
  municipalityCode: string | null;

  /** The arbeidsmarktregio (a region code of @werkbrug/reference-data). */
  @Column({ type: 'text' })
  regionCode: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
