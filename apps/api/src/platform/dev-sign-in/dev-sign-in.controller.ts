import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@werkbrug/common';
import { DevSignInService } from './dev-sign-in.service';
import { SignInDto } from './dto/sign-in.dto';
import { SignInEmployerView, SignInView } from './sign-in.response';

/**
 * Development sign-in for the web app: pick a role (and for an employer user, the employer) and get a
 * token. Registered only when switched on (DEV_SIGN_IN=on or the embedded demo; see DevSignInModule);
 * it trusts whoever asks, so it must never face real users.
 */
@ApiTags('development sign-in')
@Controller('dev/sign-in')
export class DevSignInController {
  constructor(private readonly devSignIn: DevSignInService) {}

  @Post()
  @Public({ rateLimited: true })
  @ApiCreatedResponse({ type: SignInView })
  signIn(@Body() dto: SignInDto): Promise<SignInView> {
    return this.devSignIn.signIn(dto);
  }

  /** The employers to sign in for, by name. */
  @Get('employers')
  @Public({ rateLimited: true })
  @ApiOkResponse({ type: [SignInEmployerView] })
  employers(): Promise<SignInEmployerView[]> {
    return this.devSignIn.employersToSignInFor();
  }
}
