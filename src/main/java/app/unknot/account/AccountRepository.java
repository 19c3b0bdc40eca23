package app.unknot.account;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface AccountRepository extends Repository<Account, Long> {

	Optional<Account> findById(Long id);

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	Account save(Account account);

	void delete(Account account);

}
