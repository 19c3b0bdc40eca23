package app.unknot.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface CautionRepository extends Repository<Caution, Long> {

	List<Caution> findAllByOrderBySortOrder();

}
