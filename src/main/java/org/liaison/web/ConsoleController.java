package org.liaison.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of the console's pages. {@link ConsoleAdvice} applies to these only: advising every
 * {@code @Controller} would also catch the REST controllers, since {@code @RestController} is itself
 * annotated with {@code @Controller}, and the API must keep answering with problem details.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
@interface ConsoleController {
}
