package dev.promptly.store;

import dev.promptly.people.Customer;
import dev.promptly.people.CustomerMatch;
import dev.promptly.people.CustomerRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class SqlCustomerRepository implements CustomerRepository {

    private static final String SELECT = "SELECT id, name, company, phone, email, hot_buttons FROM customers ";

    private final Database db;

    SqlCustomerRepository(Database db) {
        this.db = db;
    }

    @Override
    public Customer add(Customer customer) {
        return db.write(c -> customer.withId(Jdbc.insert(c,
                "INSERT INTO customers (name, company, phone, email, hot_buttons, phone_digits) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                customer.name(), customer.company(), customer.phone(), customer.email(), customer.hotButtons(),
                digitsOf(customer.phone()))));
    }

    @Override
    public void update(Customer customer) {
        db.write(c -> Jdbc.update(c, "UPDATE customers SET name = ?, company = ?, phone = ?, email = ? WHERE id = ?",
                customer.name(), customer.company(), customer.phone(), customer.email(), customer.id()));
    }

    @Override
    public Optional<Customer> findByName(String name) {
        return db.withConnection(c -> Jdbc.queryOne(c, SELECT + "WHERE " + db.equalsIgnoringCase("name") + " ORDER BY id LIMIT 1",
                SqlCustomerRepository::map, name.strip()));
    }

    @Override
    public Map<Long, Customer> findByIds(Collection<Long> ids) {
        return db.withConnection(c -> {
            Map<Long, Customer> result = new HashMap<>();
            Jdbc.inBatches(ids, batch -> Jdbc.query(c, SELECT + "WHERE id IN (" + Jdbc.marks(batch.size()) + ")",
                    SqlCustomerRepository::map, batch.toArray())).forEach(customer -> result.put(customer.id(), customer));
            return result;
        });
    }

    @Override
    public List<Customer> list() {
        return db.withConnection(c -> Jdbc.query(c, SELECT + "ORDER BY name, id", SqlCustomerRepository::map));
    }

    @Override
    public List<Customer> search(CustomerMatch match, Set<Long> ownerIds, int limit) {
        if (match.isEmpty() || (ownerIds != null && ownerIds.isEmpty())) {
            return List.of();
        }
        String words = "%" + likeEscaped(match.text()) + "%";
        List<Object> params = new ArrayList<>(List.of(words, words, words));
        StringBuilder sql = new StringBuilder(SELECT.replace("FROM customers ", "FROM customers c "))
                .append("WHERE (lower(c.name) LIKE ? ESCAPE '\\' OR lower(c.company) LIKE ? ESCAPE '\\' ")
                .append("OR lower(c.email) LIKE ? ESCAPE '\\'");
        if (match.phoneDigits() != null) {
            sql.append(" OR c.phone_digits LIKE ?");
            params.add("%" + match.phoneDigits() + "%");
        }
        sql.append(')');
        if (ownerIds != null) {
            // A customer of the viewer's team: one with items the team owns (on a team store, that one may see).
            sql.append(" AND EXISTS (SELECT 1 FROM items i WHERE i.customer_id = c.id AND i.owner_rep_id IN (")
                    .append(Jdbc.marks(ownerIds.size())).append("))");
            params.addAll(ownerIds.stream().sorted().toList());
        }
        // In the order of the index on names, so that a search that finds many stops after the first few.
        sql.append(" ORDER BY ").append(db instanceof PostgresDatabase ? "lower(c.name)" : "c.name COLLATE NOCASE")
                .append(", c.id LIMIT ?");
        params.add(limit);
        return db.withConnection(c -> Jdbc.query(c, sql.toString(), SqlCustomerRepository::map, params.toArray()));
    }

    /** The phone's digits as V5 (SQLite) and V7 (PostgreSQL) keep them: the formatting people type dropped. */
    static String digitsOf(String phone) {
        return phone == null ? null : PHONE_FORMATTING.matcher(phone).replaceAll("");
    }

    private static final java.util.regex.Pattern PHONE_FORMATTING = java.util.regex.Pattern.compile("[ \\-./()+]");

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Customer map(ResultSet row) throws SQLException {
        return new Customer(row.getLong("id"), row.getString("name"), row.getString("company"),
                row.getString("phone"), row.getString("email"), row.getString("hot_buttons"));
    }
}
