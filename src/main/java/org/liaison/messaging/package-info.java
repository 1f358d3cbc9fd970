/** Cases between agencies: requests with legal deadlines, answers, notifications, attachments, escalation and webhooks. */
@org.jspecify.annotations.NullMarked
package org.liaison.messaging;
