package dev.promptly.people;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.TextLimit;
import dev.promptly.common.Transactions;
import dev.promptly.sla.ResponsePolicy;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Teams, reps and customers: adding them and finding them by the names users type. */
public final class PeopleService {

    private final TeamRepository teams;
    private final RepRepository reps;
    private final CustomerRepository customers;
    private final Transactions transactions;
    private final AdminOnly adminOnly;

    public PeopleService(TeamRepository teams, RepRepository reps, CustomerRepository customers,
                         Transactions transactions, AdminOnly adminOnly) {
        this.teams = teams;
        this.reps = reps;
        this.customers = customers;
        this.transactions = transactions;
        this.adminOnly = adminOnly;
    }

    public Team addTeam(String name, ZoneId zone, ResponsePolicy policy) {
        adminOnly.require("add teams");
        TextLimit.TEAM_NAME.check(name);
        return teams.add(new Team(0, name, zone, policy));
    }

    /**
     * Gives the team a new response policy. Items already stored keep their due times until
     * {@link dev.promptly.items.ItemService#recalculate} is run.
     */
    public Team setPolicy(Team team, ResponsePolicy policy) {
        adminOnly.require("set a team's policy");
        return teams.updatePolicy(team, policy);
    }

    /**
     * A newcomer's profile: a rep in the team of that name, created (in {@code zone}, with the standard policy) when
     * there is none yet. Whoever sets up a new team leads it (they add its people and reassign its work); joining a
     * team that exists makes a rep. All or nothing: a refused email leaves no empty team behind.
     */
    public Rep createProfile(String name, String email, String teamName, ZoneId zone) {
        checkRep(name, email, null);
        return transactions.inTransaction(() -> {
            java.util.Optional<Team> existing = teams.findByName(teamName.strip());
            Team team = existing.orElseGet(() -> addTeam(teamName, zone, ResponsePolicy.standard()));
            return reps.add(new Rep(0, name, email, null, team.id(), existing.isPresent() ? Role.REP : Role.LEAD));
        });
    }

    public Rep addRep(String name, String email, String teamName, Role role, String extension) {
        adminOnly.require("add people");
        checkRep(name, email, extension);
        Team team = team(teamName);
        return reps.add(new Rep(0, name, email, extension, team.id(), role));
    }

    /** Gives the rep with {@code email} the role {@code role}. */
    public Rep setRole(String email, Role role) {
        adminOnly.require("change roles");
        return reps.setRole(rep(email), role);
    }

    /** Moves the rep with {@code email} to the team named {@code teamName}; their open items go with them. */
    public Rep moveToTeam(String email, String teamName) {
        adminOnly.require("move people to another team");
        Rep rep = rep(email);
        Team team = team(teamName);
        if (team.id() == rep.teamId()) {
            throw new InvalidInputException(rep.name() + " is in " + team.name() + " already");
        }
        return reps.moveToTeam(rep, team.id());
    }

    public Customer addCustomer(Customer customer) {
        TextLimit.CUSTOMER_NAME.check(customer.name());
        TextLimit.COMPANY.check(customer.company());
        TextLimit.PHONE.check(customer.phone());
        TextLimit.EMAIL.check(customer.email());
        TextLimit.HOT_BUTTONS.check(customer.hotButtons());
        return customers.add(customer);
    }

    /*
     * Lengths are checked here, as people are added, rather than in the records: those are also made from what the
     * store holds, which must stay readable even if it was stored before the limits.
     */
    private static void checkRep(String name, String email, String extension) {
        TextLimit.REP_NAME.check(name);
        TextLimit.EMAIL.check(email);
        TextLimit.EXTENSION.check(extension);
    }

    /** The customer of that name, created with just the name when nobody of that name is known yet. */
    public Customer customerNamed(String name) {
        TextLimit.CUSTOMER_NAME.check(name);
        return customers.findByName(name).orElseGet(() -> customers.add(Customer.named(name)));
    }

    /**
     * The customer a new item is for: {@code customer} itself when it is stored already; else the customer of that
     * name (ignoring case) when there is one, so that a name typed again does not make a second customer; else
     * {@code customer} stored now, with the company, phone and email it was given.
     */
    public Customer customerFor(Customer customer) {
        if (customer.id() != 0) {
            return customer;
        }
        TextLimit.CUSTOMER_NAME.check(customer.name());
        return customers.findByName(customer.name()).orElseGet(() -> addCustomer(customer));
    }

    /**
     * Customers whose name, company, email or phone {@code typed} matches, to pick from as one types: those whose
     * name starts with it first, then those with a later word of the name starting with it, then the rest (a company,
     * an email, a phone number, a match inside a word); in name order within each.
     */
    public List<Customer> suggestCustomers(String typed, int limit) {
        CustomerMatch match = CustomerMatch.of(typed);
        if (match.isEmpty()) {
            return List.of();
        }
        // More than shown, so that a name that starts with what is typed is not cut by companies that sort earlier.
        List<Customer> found = customers.search(match, null, limit * 4).stream().filter(match::matches).toList();
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return found.stream().sorted(Comparator.comparingInt(c -> nameRank(c.name(), wanted))).limit(limit).toList();
    }

    private static int nameRank(String name, String wanted) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(wanted)) {
            return 0;
        }
        return lower.contains(" " + wanted) ? 1 : 2;
    }

    /** Whether a team of this name exists (ignoring case). */
    public boolean hasTeam(String name) {
        return teams.findByName(name).isPresent();
    }

    public Team team(String name) {
        return teams.findByName(name)
                .orElseThrow(() -> new InvalidInputException("no team named '" + name + "'"));
    }

    public Rep rep(String email) {
        return reps.findByEmail(email)
                .orElseThrow(() -> new InvalidInputException("no rep with email '" + email + "'"));
    }

    public Team teamOf(Rep rep) {
        return teams.findById(rep.teamId()).orElseThrow();
    }

    public List<Team> teams() {
        return teams.list();
    }

    public List<Rep> reps() {
        return reps.list();
    }

    public List<Rep> repsOf(Team team) {
        return reps.listByTeam(team.id());
    }

    public List<Customer> customers() {
        return customers.list();
    }

    /** Every team and rep at once, to name owners in listings without a query per row. */
    public Directory directory() {
        return new Directory(teams.list(), reps.list());
    }
}
