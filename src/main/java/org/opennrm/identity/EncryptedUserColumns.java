package org.opennrm.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opennrm.encryption.EncryptedColumn;

/** The accounts' encrypted contact details, declared for the key rotation; {@link UserManagement} encrypts with them. */
@Configuration(proxyBeanMethods = false)
class EncryptedUserColumns {

	static final EncryptedColumn EMAIL = new EncryptedColumn("user", "app_user", "id", "email_enc", "app_user.email:");

	static final EncryptedColumn PHONE = new EncryptedColumn("user", "app_user", "id", "phone_enc", "app_user.phone:");

	@Bean
	EncryptedColumn userEmailColumn() {
		return EMAIL;
	}

	@Bean
	EncryptedColumn userPhoneColumn() {
		return PHONE;
	}

}
