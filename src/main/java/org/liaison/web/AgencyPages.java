package org.liaison.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.agency.AgencyKind;
import org.liaison.agency.CountryCode;
import org.liaison.agency.Role;
import org.liaison.agency.Users;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agencies of the node; for a node administrator, forms to register an agency and add a user. */
@ConsoleController
class AgencyPages {

	private final Agencies agencies;
	private final Users users;

	AgencyPages(Agencies agencies, Users users) {
		this.agencies = agencies;
		this.users = users;
	}

	record AgencyForm(@Nullable String id, @Nullable String name, @Nullable String country, @Nullable AgencyKind kind) {
	}

	record UserForm(@Nullable String agency, @Nullable String username, @Nullable String password,
			@Nullable Set<Role> roles) {
	}

	@GetMapping("/agencies")
	String list(Model model) {
		return page(model, new AgencyForm(null, null, null, null), new UserForm(null, null, null, Set.of()));
	}

	@PostMapping("/agencies")
	String create(Actor actor, @ModelAttribute AgencyForm form, Model model, RedirectAttributes redirect) {
		actor.require(Role.NODE_ADMIN);
		return Forms.submit(() -> {
			if (trim(form.name()).isEmpty() || trim(form.name()).length() > 200) {
				throw new IllegalArgumentException("the name has 1 to 200 characters");
			}
			Agency agency = new Agency(AgencyId.of(trim(form.id())), trim(form.name()), CountryCode.of(trim(form.country())),
					form.kind() == null ? AgencyKind.POLICE : form.kind());
			agencies.create(actor, agency);
			redirect.addFlashAttribute("flash", new Flash("flash.agency.created", agency.id().value()));
			return "redirect:/agencies";
		}, error -> {
			model.addAttribute("agencyError", error);
			return page(model, form, new UserForm(null, null, null, Set.of()));
		});
	}

	@PostMapping("/agencies/users")
	String addUser(Actor actor, @ModelAttribute UserForm form, Model model, RedirectAttributes redirect) {
		actor.require(Role.NODE_ADMIN);
		String agency = trim(form.agency());
		if (!AgencyId.isWellFormed(agency)) {
			model.addAttribute("userError", "Choose the agency the user acts for.");
			return page(model, new AgencyForm(null, null, null, null), form);
		}
		return Forms.submit(() -> {
			Set<Role> roles = form.roles() == null ? Set.of() : form.roles();
			Users.User user = users.create(actor, AgencyId.of(agency), trim(form.username()), form.password(), roles);
			redirect.addFlashAttribute("flash", new Flash("flash.user.created", user.username(), agency));
			return "redirect:/agencies";
		}, error -> {
			model.addAttribute("userError", error);
			return page(model, new AgencyForm(null, null, null, null),
					new UserForm(form.agency(), form.username(), null, form.roles()));
		});
	}

	private String page(Model model, AgencyForm agencyForm, UserForm userForm) {
		List<Agency> all = agencies.all();
		model.addAttribute("agencies", all);
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("roles", EnumSet.allOf(Role.class));
		model.addAttribute("agencyForm", agencyForm);
		model.addAttribute("userForm", userForm);
		model.addAttribute("nav", "agencies");
		return "agencies";
	}

	private static String trim(@Nullable String value) {
		return value == null ? "" : value.strip();
	}
}
