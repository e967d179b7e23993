import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES } from '@werkbrug/common';

export class SignInOptionView {
  @ApiProperty({ description: 'The provider id, as in /auth/{id}/sign-in' }) id: string;
  @ApiProperty({ enum: ['staff', 'employer'] }) kind: string;
  @ApiProperty({ type: String, nullable: true, description: 'Staff: the organisation whose people sign in here' })
  organisationName: string | null;
  @ApiProperty({ description: 'Where the browser goes to sign in' }) signInUrl: string;
}

export class SignInOptionsView {
  @ApiProperty({ type: [SignInOptionView] }) providers: SignInOptionView[];
}

export class SessionOrganisationView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class SessionEmployerView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

/** A session ended: where the browser goes to end it at its identity provider too. */
export class SignOutView {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "The provider's end-session address (OpenID Connect RP-initiated logout), coming back to Werkbrug's start; null when the provider has none",
  })
  signOutUrl: string | null;
}

/** Who is signed in in this browser, and the token to send with changes. */
export class SessionView {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: SessionOrganisationView, nullable: true }) organisation: SessionOrganisationView | null;
  @ApiProperty({ type: SessionEmployerView, nullable: true }) employer: SessionEmployerView | null;
  @ApiProperty({ enum: USER_ROLES, isArray: true }) roles: string[];
  @ApiProperty({ enum: USER_ROLES }) activeRole: string;
  @ApiProperty({ description: 'Send as the X-CSRF-Token header with every request that changes something' })
  csrfToken: string;
}
