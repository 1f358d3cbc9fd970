package org.liaison.demo;

import java.util.List;

import org.liaison.agency.AgencyId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code liaison.demo.*}: whether a first start loads the demo data, and which of the demo agencies
 * this node hosts when several demo nodes federate ({@code LIAISON_DEMO_HOSTS}, agency id prefixes such
 * as {@code DE,NL}; empty: all). Every node registers all demo agencies and agreements, so that each can
 * decide about the others' agencies; users, records and shares are made only for the hosted ones.
 *
 * @param enabled load the demo data on a first start ({@code LIAISON_DEMO})
 * @param hosts the country prefixes of the demo agencies hosted here; empty for all
 */
@ConfigurationProperties("liaison.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<String> hosts) {

	boolean hosts(AgencyId agency) {
		return hosts.isEmpty() || hosts.stream().anyMatch(h -> agency.value().startsWith(h.strip().toUpperCase() + "."));
	}
}
