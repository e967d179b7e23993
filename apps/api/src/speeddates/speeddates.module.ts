import { Module } from '@nestjs/common';
import { SpeeddatesController } from './speeddates.controller';
import { SpeeddatesService } from './speeddates.service';

@Module({ controllers: [SpeeddatesController], providers: [SpeeddatesService], exports: [SpeeddatesService] })
export class SpeeddatesModule {}
