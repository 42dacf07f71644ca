package id.go.mojokertokab.prokopim.notification;

import java.util.Optional;

import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail through Spring's mail support, present when a mail server is configured
 * ({@code spring.mail.host}, from {@code SPRING_MAIL_HOST} in production; empty means none). Without one, as in
 * the demo, notifications stay in the outbox and are shown on Admin's page.
 */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class EmailChannel implements NotificationChannel {

    private final JavaMailSender mail;
    private final String sender;
    private final String messageIdDomain;

    EmailChannel(JavaMailSender mail, @Value("${prokopim.notifikasi.pengirim}") String sender,
            @Value("${prokopim.notifikasi.domain-pesan:prokopim.mojokertokab.go.id}") String messageIdDomain) {
        this.mail = mail;
        this.sender = sender;
        this.messageIdDomain = messageIdDomain;
    }

    @Override
    public String id() {
        return "email";
    }

    @Override
    public Optional<String> addressOf(User recipient) {
        return Optional.ofNullable(recipient.getEmail()).filter(email -> !email.isBlank());
    }

    @Override
    public void send(long deliveryId, String address, String subject, String body) throws DeliveryFailed {
        try {
            MimeMessage message = new StableIdMessage(mail.createMimeMessage().getSession(),
                    "<notifikasi-" + deliveryId + "@" + messageIdDomain + ">");
            message.setFrom(new InternetAddress(sender, true));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(address, true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            mail.send(message);
        } catch (MessagingException | MailParseException | MailPreparationException wrong) {
            throw new DeliveryFailed("Alamat atau isi surat ditolak: " + wrong.getMessage(), true, wrong);
        } catch (MailAuthenticationException refused) {
            throw new DeliveryFailed("Server surat menolak login pengirim: " + refused.getMessage(), false, refused);
        } catch (MailException unreachable) {
            throw new DeliveryFailed("Server surat tidak dapat dihubungi: " + unreachable.getMessage(), false, unreachable);
        }
    }

    /** Keeps the Message-ID given, which JavaMail would otherwise replace when sending. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
