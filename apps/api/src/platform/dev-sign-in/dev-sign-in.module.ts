import { Module } from '@nestjs/common';
import { AuthModule } from '@werkbrug/common';
import { DevSignInController } from './dev-sign-in.controller';
import { DevSignInService } from './dev-sign-in.service';
import { SignInEmployersRepository } from './sign-in-employers.repository';

/** Imported by ApiModule only when `config.auth.devSignIn` (not in production, no identity provider). */
@Module({
  imports: [AuthModule],
  controllers: [DevSignInController],
  providers: [DevSignInService, SignInEmployersRepository],
})
export class DevSignInModule {}
