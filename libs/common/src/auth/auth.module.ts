import { Module } from '@nestjs/common';
import { TokenService } from './token.service';

/**
 * Werkbrug's tokens. The access guard (AccessGuard) is registered as the global guard by the module
 * that provides PRINCIPAL_RESOLVER (the API's users feature), since it needs the users table.
 */
@Module({
  providers: [TokenService],
  exports: [TokenService],
})
export class AuthModule {}
