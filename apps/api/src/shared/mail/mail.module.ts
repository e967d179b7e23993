import { Module } from '@nestjs/common';
import { Mailer } from './mailer';
import { OutgoingMailStore } from './outgoing-mail.store';

@Module({ providers: [Mailer, OutgoingMailStore], exports: [Mailer, OutgoingMailStore] })
export class MailModule {}
