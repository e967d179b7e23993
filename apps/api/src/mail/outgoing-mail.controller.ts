import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { PagedList, Paged, pageOf, PageQuery } from '../shared/validation/paging';
import { OutgoingMailView } from './outgoing-mail.response';
import { OutgoingMailService } from './outgoing-mail.service';

/**
 * Without an SMTP server (embedded, or SMTP_URL unset) every message is kept in the data folder;
 * an administrator reads them here. With SMTP_URL set nothing is kept and the list is empty.
 */
@ApiTags('mail')
@ApiBearerAuth()
@Controller('mail')
export class OutgoingMailController {
  constructor(private readonly outgoing: OutgoingMailService) {}

  @Get('outgoing')
  @Roles('admin')
  @ApiOperation({
    summary: 'Mail written instead of sent, newest first',
    description:
      'Without SMTP_URL every e-mail (invitations, notifications, digests) is kept as an .eml file in the mail/ folder of the data folder; this lists them with their plain text. Empty with SMTP_URL.',
  })
  @ApiOkResponse({ type: [OutgoingMailView] })
  @AuditCandidateData({
    resource: 'notification-mail',
    action: 'read',
    list: 'candidates',
    candidateId: 'candidateId',
    reason: 'outgoing mail',
  })
  @PagedList()
  list(@Query() query: PageQuery): Promise<Paged<OutgoingMailView>> {
    return this.outgoing.list(pageOf(query));
  }
}
