import { Module } from '@nestjs/common';
import { KansrijkheidController } from './kansrijkheid.controller';
import { KansrijkheidService } from './kansrijkheid.service';

@Module({ controllers: [KansrijkheidController], providers: [KansrijkheidService] })
export class KansrijkheidModule {}
