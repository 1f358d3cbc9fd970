package org.liaison.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.common.Problem;
import org.liaison.treaty.Category;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The model file and the lookup of schemata by name. */
class SchemataTest {

	final Schemata schemata = new Schemata();

	@Test
	void mapsEverySchemaToTheCategoryTheTreatyEngineDecidesOn() {
		Map<String, Category> categories = schemata.all().stream()
			.collect(Collectors.toMap(Schema::name, Schema::category));
		assertThat(categories).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
				Map.entry("Person", Category.PERSON), Map.entry("Address", Category.PERSON),
				Map.entry("Organization", Category.ORGANISATION), Map.entry("Company", Category.ORGANISATION),
				Map.entry("LegalEntity", Category.ORGANISATION), Map.entry("Vehicle", Category.VEHICLE),
				Map.entry("Passport", Category.TRAVEL_DOCUMENT), Map.entry("Identification", Category.TRAVEL_DOCUMENT),
				Map.entry("BankAccount", Category.FINANCIAL), Map.entry("Event", Category.EVENT),
				Map.entry("CyberIndicator", Category.CYBER_INDICATOR), Map.entry("Firearm", Category.FIREARM)));
	}

	@Test
	void inheritsPropertiesAlongTheHierarchy() {
		Schema person = schemata.get("Person");
		assertThat(person.isA("LegalEntity")).isTrue();
		assertThat(person.isA("Thing")).isTrue();
		assertThat(person.isA("Organization")).isFalse();
		assertThat(person.property("alias")).map(PropertySpec::type).contains(PropertyType.NAME);
		assertThat(person.property("email")).map(PropertySpec::type).contains(PropertyType.EMAIL);
		assertThat(schemata.get("Company").isA("Organization")).isTrue();
		assertThat(schemata.get("Passport").property("holder")).map(PropertySpec::range).contains("LegalEntity");
		assertThat(schemata.get("Event").properties()).extracting(PropertySpec::name)
			.contains("name", "startDate", "location").doesNotHaveDuplicates();
	}

	@Test
	void keepsEachSchemaToAReadableNumberOfProperties() {
		assertThat(schemata.all()).allSatisfy(s -> assertThat(s.properties()).hasSizeBetween(10, 50));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Spaceship", "Thing", "Interval", "person", "" })
	void rejectsUnknownAndAbstractSchemataAs400(String name) {
		assertThat(schemata.find(name)).isEmpty();
		assertThatThrownBy(() -> schemata.get(name)).isInstanceOfSatisfying(Problem.class, p -> {
			assertThat(p.status().value()).isEqualTo(400);
			assertThat(p.toProblemDetail().getProperties()).containsEntry("field", "schema");
		});
	}

	@Test
	void doesNotEchoASchemaNameThatCouldBeAnything() {
		assertThatThrownBy(() -> schemata.get("Ann Lee 1980-05-01")).hasMessageNotContaining("Ann Lee");
	}

	@Test
	void servesSchemataAsJsonWithFtmTypeNames() {
		JsonNode json = new ObjectMapper().valueToTree(schemata.get("Passport"));
		assertThat(json.path("name").asString()).isEqualTo("Passport");
		assertThat(json.path("category").asString()).isEqualTo("TRAVEL_DOCUMENT");
		assertThat(json.path("ftm").asString()).isEqualTo("Passport");
		assertThat(json.path("required").get(0).get(1).asString()).isEqualTo("passportNumber");
		Map<String, JsonNode> properties = json.path("properties").valueStream()
			.collect(Collectors.toMap(p -> p.path("name").asString(), Function.identity()));
		assertThat(properties.get("birthDate").path("type").asString()).isEqualTo("date");
		assertThat(properties.get("holder").path("range").asString()).isEqualTo("LegalEntity");
		assertThat(new ObjectMapper().valueToTree(schemata.get("Firearm")).has("ftm")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"{\"schemata\": {\"A\": {\"label\": \"A\", \"category\": \"PERSON\", \"caption\": [\"x\"], \"properties\": {}}}}",
			"{\"schemata\": {\"A\": {\"label\": \"A\", \"category\": \"PERSON\", \"caption\": [\"x\"], \"properties\": {\"x\": {\"label\": \"X\", \"type\": \"colour\"}}}}}",
			"{\"schemata\": {\"A\": {\"label\": \"A\", \"category\": \"SPACESHIP\", \"caption\": [\"x\"], \"properties\": {\"x\": {\"label\": \"X\", \"type\": \"name\"}}}}}",
			"{\"schemata\": {\"A\": {\"label\": \"A\", \"category\": \"PERSON\", \"extends\": [\"A\"], \"caption\": [], \"properties\": {}}}}",
			"{\"schemata\": {}}", "not json" })
	void refusesToStartFromABrokenModel(String model) {
		assertThatThrownBy(() -> Schemata.read(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(IllegalStateException.class);
	}
}
