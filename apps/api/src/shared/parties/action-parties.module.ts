import { Module } from '@nestjs/common';
import { ActionParties } from './action-parties';

/** For the features whose actions name an employer and perhaps a vacancy (training plans, outreach). */
@Module({ providers: [ActionParties], exports: [ActionParties] })
export class ActionPartiesModule {}
