import { Module } from '@nestjs/common';
import { KansrijkheidController } from './kansrijkheid.controller';
import { KansrijkheidRepository } from './kansrijkheid.repository';
import { KansrijkheidService } from './kansrijkheid.service';

@Module({ controllers: [KansrijkheidController], providers: [KansrijkheidService, KansrijkheidRepository] })
export class KansrijkheidModule {}
