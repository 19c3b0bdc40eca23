package app.unknot.system;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions live in the database (Spring Session JDBC, tables from Flyway's V15), so
 * every instance of the app serves every visitor. Spring Session adds a new session
 * attribute with a plain INSERT, so two requests of one browser that add the same
 * attribute at once (the sign-in form's error, sent many times at once) made one of them
 * fail with a duplicate key; here the attribute is written whether or not a row is there
 * yet, in each database's own words. A request that only reads its session does not write
 * its row either ({@link LazilyTouchedSessions}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/** H2's upsert, by the attribute table's primary key. */
	static final String H2_CREATE_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
			throws MetaDataAccessException {
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equals(database)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return sessions -> sessions.setCreateSessionAttributeQuery(H2_CREATE_ATTRIBUTE);
	}

	/**
	 * The session filter and everything else that asks for the session store get it
	 * through {@link LazilyTouchedSessions}.
	 */
	@Bean
	static BeanPostProcessor lazilyTouchedSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions) ? new LazilyTouchedSessions(sessions)
						: bean;
			}
		};
	}

}
