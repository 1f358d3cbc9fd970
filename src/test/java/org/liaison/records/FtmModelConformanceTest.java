package org.liaison.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Liaison's schemata against the real FollowTheMoney model ({@code ftm/defaultModel.json} of the shared
 * data): every property we take from FollowTheMoney exists there, with the same type. The shared data
 * folder comes from {@code -Dliaison.shared-data}, {@code LIAISON_SHARED_DATA} or {@code ../shared/data};
 * where it is absent the test is skipped.
 */
class FtmModelConformanceTest {

	/** FollowTheMoney hides these from users; we keep them on purpose (see the model file). */
	private static final Set<String> HIDDEN_BUT_KEPT = Set.of("Passport.passportNumber");

	private static final List<Schema> OURS = new Schemata().all();
	private static @Nullable JsonNode ftm;

	private static final Path MODEL = Path.of(Optional.ofNullable(System.getProperty("liaison.shared-data"))
		.or(() -> Optional.ofNullable(System.getenv("LIAISON_SHARED_DATA")))
		.orElse("../shared/data"), "ftm", "defaultModel.json");

	@BeforeAll
	static void readFtmModel() {
		if (Files.isRegularFile(MODEL)) {
			ftm = new ObjectMapper().readTree(MODEL.toFile()).path("schemata");
		}
	}

	@BeforeEach
	void needsTheSharedData() {
		Assumptions.assumeTrue(ftm != null, () -> "FollowTheMoney model not found at " + MODEL.toAbsolutePath()
				+ "; set -Dliaison.shared-data or LIAISON_SHARED_DATA to the shared data folder");
	}

	@Test
	void takesEveryFtmPropertyWithFtmsNameAndType() {
		List<String> mismatches = new ArrayList<>();
		forEachFtmProperty((schema, p, theirs) -> {
			if (theirs == null) {
				mismatches.add(schema.name() + "." + p.name() + " is not in FollowTheMoney's " + schema.ftm().orElseThrow());
			}
			else if (!theirs.path("type").asString().equals(p.type().code())) {
				mismatches.add(schema.name() + "." + p.name() + " is " + p.type().code() + ", FollowTheMoney's is "
						+ theirs.path("type").asString());
			}
		});
		assertThat(mismatches).isEmpty();
	}

	@Test
	void pointsEntityPropertiesAtTheSchemaFtmDoes() {
		List<String> mismatches = new ArrayList<>();
		forEachFtmProperty((schema, p, theirs) -> {
			if (theirs != null && p.type() == PropertyType.ENTITY && !theirs.path("range").asString().equals(p.range())) {
				mismatches.add(schema.name() + "." + p.name() + " points at " + p.range());
			}
		});
		assertThat(mismatches).isEmpty();
	}

	@Test
	void takesNoHiddenAlephInternalProperty() {
		List<String> hidden = new ArrayList<>();
		forEachFtmProperty((schema, p, theirs) -> {
			if (theirs != null && theirs.path("hidden").asBoolean(false)) {
				hidden.add(schema.name() + "." + p.name());
			}
		});
		assertThat(hidden).isSubsetOf(HIDDEN_BUT_KEPT);
	}

	@Test
	void marksAsExtensionsOnlyPropertiesFtmLacks() {
		List<String> needless = new ArrayList<>();
		for (Schema schema : OURS) {
			schema.ftm().ifPresent(name -> schema.properties().stream()
				.filter(PropertySpec::extension)
				.filter(p -> property(name, p.name()) != null)
				.forEach(p -> needless.add(schema.name() + "." + p.name())));
		}
		assertThat(needless).isEmpty();
	}

	@Test
	void extendsWhatFtmExtends() {
		for (Schema schema : OURS) {
			schema.ftm().ifPresent(name -> {
				assertThat(ftm.has(name)).as("FollowTheMoney has %s", name).isTrue();
				assertThat(ancestors(name)).as("ancestors of %s", name).containsAll(schema.ancestors());
			});
		}
	}

	@Test
	void keepsFtmsSchemaNamesAndAddsOnlyTwoOfItsOwn() {
		assertThat(OURS).allMatch(s -> s.ftm().map(s.name()::equals).orElse(true));
		assertThat(OURS).filteredOn(s -> s.ftm().isEmpty()).extracting(Schema::name)
			.containsExactlyInAnyOrder("CyberIndicator", "Firearm")
			.noneMatch(ftm::has);
	}

	private interface PropertyCheck {
		void check(Schema schema, PropertySpec ours, JsonNode theirs);
	}

	private static void forEachFtmProperty(PropertyCheck check) {
		for (Schema schema : OURS) {
			schema.ftm().ifPresent(name -> schema.properties().stream()
				.filter(p -> !p.extension())
				.forEach(p -> check.check(schema, p, property(name, p.name()))));
		}
	}

	/** A property of an FTM schema, its own or inherited; null when it has none of that name. */
	private static JsonNode property(String schema, String name) {
		JsonNode own = ftm.path(schema).path("properties").get(name);
		if (own != null) {
			return own;
		}
		for (JsonNode parent : ftm.path(schema).path("extends")) {
			JsonNode inherited = property(parent.asString(), name);
			if (inherited != null) {
				return inherited;
			}
		}
		return null;
	}

	private static Set<String> ancestors(String schema) {
		Set<String> all = new LinkedHashSet<>();
		for (JsonNode parent : ftm.path(schema).path("extends")) {
			all.add(parent.asString());
			all.addAll(ancestors(parent.asString()));
		}
		return all;
	}
}
