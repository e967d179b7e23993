import { IsOptional, IsString, MaxLength } from 'class-validator';

/** What an OpenID provider may send back to the redirect URI (RFC 6749 4.1.2, RFC 9207, OIDC session management). */
export class CallbackQueryDto {
  @IsOptional() @IsString() @MaxLength(4096) code?: string;
  @IsOptional() @IsString() @MaxLength(1024) state?: string;
  @IsOptional() @IsString() @MaxLength(1024) iss?: string;
  @IsOptional() @IsString() @MaxLength(256) error?: string;
  @IsOptional() @IsString() @MaxLength(2048) error_description?: string;
  @IsOptional() @IsString() @MaxLength(2048) error_uri?: string;
  @IsOptional() @IsString() @MaxLength(1024) session_state?: string;
}
