package org.liaison.web;

import java.util.Map;

import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.Agency;
import org.liaison.agency.Role;
import org.jspecify.annotations.Nullable;
import org.liaison.common.Problem;
import org.liaison.screening.FollowUps;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every console page shares: the signed-in user for the header and navigation, and failures
 * rendered as the error page with their status. A problem's detail is safe to show: it never carries
 * personal data. The REST controllers are not advised here (see {@link ConsoleController}).
 */
@ControllerAdvice(annotations = ConsoleController.class)
class ConsoleAdvice {

	private final Agencies agencies;
	private final FollowUps followUps;

	ConsoleAdvice(Agencies agencies, FollowUps followUps) {
		this.agencies = agencies;
		this.followUps = followUps;
	}

	/** Whether the problem is about what a form sent, to show beside the form rather than as an error page. */
	static boolean isAboutInput(Problem problem) {
		int status = problem.status().value();
		return status == 400 || status == 409;
	}

	@ModelAttribute("me")
	Me me(Actor actor) {
		return Me.of(actor, actor.agency() == null ? null : agencies.find(actor.agency()).map(Agency::name).orElse(null));
	}

	/** The follow-ups awaiting the officer's agency, for the navigation's badge; none for other users. */
	@ModelAttribute("pending")
	FollowUps.@Nullable Pending pending(Actor actor) {
		return actor.agency() != null && actor.has(Role.OFFICER) ? followUps.pending(actor) : null;
	}

	@ExceptionHandler(Problem.class)
	ModelAndView problem(Problem problem, Actor actor) {
		return page(problem.status(), problem.toProblemDetail().getTitle(), problem.getMessage(), actor);
	}

	@ExceptionHandler(IllegalStateException.class)
	ModelAndView state(IllegalStateException e, Actor actor) {
		return page(HttpStatus.CONFLICT, "Conflict", e.getMessage(), actor);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ModelAndView invalid(IllegalArgumentException e, Actor actor) {
		return page(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), actor);
	}

	private ModelAndView page(HttpStatus status, String title, String detail, Actor actor) {
		return new ModelAndView("error", Map.of("status", status.value(), "error", title, "message",
				detail == null ? "" : detail, "me", me(actor)), status);
	}
}
