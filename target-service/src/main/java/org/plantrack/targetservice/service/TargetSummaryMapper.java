package org.plantrack.targetservice.service;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import org.plantrack.targetservice.domain.Target;

import java.time.Instant;

/**
 * The one mapping from a recomputed summary ({@link TargetState}) to the stored target's summary columns, generated
 * by MapStruct like {@link TargetMapper}: same-named fields are copied, and a column of {@link Target} that is
 * neither filled nor listed as ignored below fails the build ({@code unmappedTargetPolicy = ERROR}), so a summary
 * field added to both is stored without a line here. The ignored columns are the target's identity (key, region,
 * metric, period, catalogue indicator) and what the grading sets after the summary (stated, status, attribute).
 * <p>
 * A plain MapStruct mapper ({@link #INSTANCE}), not a CDI bean: {@link AggregationService#store} is static.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, imports = Instant.class)
public interface TargetSummaryMapper {

    TargetSummaryMapper INSTANCE = Mappers.getMapper(TargetSummaryMapper.class);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "targetKey", ignore = true)
    @Mapping(target = "region", ignore = true)
    @Mapping(target = "regionCode", ignore = true)
    @Mapping(target = "regionLevel", ignore = true)
    @Mapping(target = "regionParentCode", ignore = true)
    @Mapping(target = "canonicalMetric", ignore = true)
    @Mapping(target = "period", ignore = true)
    @Mapping(target = "catalogueId", ignore = true)
    @Mapping(target = "catalogueName", ignore = true)
    @Mapping(target = "stated", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "attribute", ignore = true)
    @Mapping(target = "conflicts", expression = "java(summary.conflicts().size())")
    @Mapping(target = "updatedAt", expression = "java(Instant.now())")
    void store(TargetState summary, @MappingTarget Target target);
}
