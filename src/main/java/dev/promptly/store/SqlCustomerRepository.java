package dev.promptly.store;

import dev.promptly.people.Customer;
import dev.promptly.people.CustomerRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class SqlCustomerRepository implements CustomerRepository {

    private static final String SELECT = "SELECT id, name, company, phone, email, hot_buttons FROM customers ";

    private final Database db;

    SqlCustomerRepository(Database db) {
        this.db = db;
    }

    @Override
    public Customer add(Customer customer) {
        return db.write(c -> customer.withId(Jdbc.insert(c,
                "INSERT INTO customers (name, company, phone, email, hot_buttons) VALUES (?, ?, ?, ?, ?)",
                customer.name(), customer.company(), customer.phone(), customer.email(), customer.hotButtons())));
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

    private static Customer map(ResultSet row) throws SQLException {
        return new Customer(row.getLong("id"), row.getString("name"), row.getString("company"),
                row.getString("phone"), row.getString("email"), row.getString("hot_buttons"));
    }
}
