package org.minsheng.tracker.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts every statement prepared through the application's DataSource, JdbcTemplate's
 * included (Hibernate's statistics see only Hibernate's own).
 */
@Component
public class JdbcStatementCounter implements BeanPostProcessor {

	private static final AtomicLong PREPARED = new AtomicLong();

	private static final AtomicLong ON_REQUEST_THREADS = new AtomicLong();

	public static long count() {
		return PREPARED.get();
	}

	/**
	 * Statements prepared on the web server's request threads only: what answering
	 * requests cost, without the background jobs (such as the session store's cleanup
	 * every minute) that would otherwise add a statement now and then.
	 */
	public static long countOnRequestThreads() {
		return ON_REQUEST_THREADS.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(method, target, args);
				return (result instanceof Connection connection) ? proxy(Connection.class, connection, (c, m, a) -> {
					if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
							|| m.getName().equals("prepareCall")) {
						PREPARED.incrementAndGet();
						if (Thread.currentThread().getName().startsWith("http-nio-")) {
							ON_REQUEST_THREADS.incrementAndGet();
						}
					}
					return invoke(m, c, a);
				}) : result;
			});
		}
		return bean;
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	private interface Handler<T> {

		Object handle(T target, Method method, Object[] args) throws Throwable;

	}

}
