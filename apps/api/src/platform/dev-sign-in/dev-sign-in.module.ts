import { Module } from '@nestjs/common';
import { AuthModule } from '@werkbrug/common';
import { DevSignInController } from './dev-sign-in.controller';

/** Imported by ApiModule only when `config.auth.devSignIn` (not in production, no identity provider). */
@Module({ imports: [AuthModule], controllers: [DevSignInController] })
export class DevSignInModule {}
