import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { ConsentView } from './consent.response';
import { ConsentsService } from './consents.service';
import { GiveConsentDto } from './dto/give-consent.dto';

/** Consent is kept with the candidate's profile: klantmanagers and administrators only. */
@ApiTags('consents')
@ApiBearerAuth()
@Controller('candidates/:id/consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  /** Record a consent the candidate gave: the anonymised profile, the age band, adjustments, or identity for one proposal. */
  @Post()
  @Roles('klantmanager', 'admin')
  @ApiCreatedResponse({ type: ConsentView })
  @ApiConflictResponse({ description: 'The same consent is already given and not withdrawn' })
  give(
    @IdParam('id') id: string,
    @Body() dto: GiveConsentDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ConsentView> {
    return this.consents.give(id, dto, principal);
  }

  /** The candidate's consent history, withdrawn consents included. */
  @Get()
  @Roles('klantmanager', 'admin')
  @ApiOkResponse({ type: [ConsentView] })
  list(@IdParam('id') id: string): Promise<ConsentView[]> {
    return this.consents.list(id);
  }

  /** Withdraw a consent; employers' views change with the next request. */
  @Post(':consentId/withdraw')
  @HttpCode(200)
  @Roles('klantmanager', 'admin')
  @ApiOkResponse({ type: ConsentView })
  @ApiConflictResponse({ description: 'Already withdrawn' })
  withdraw(
    @IdParam('id') id: string,
    @IdParam('consentId') consentId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ConsentView> {
    return this.consents.withdraw(id, consentId, principal);
  }
}
