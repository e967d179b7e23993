import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from './clock';

/** The wall clock for every provider of a process; tests override the `Clock` provider. */
@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}
