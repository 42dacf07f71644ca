package id.go.mojokertokab.prokopim.sopsheet;

import java.util.Map;

/**
 * What a sheet becomes, the same files bpmn/ and forms/ hold: {@code bpmnFileName} (e.g.
 * "inventarisasi-peralatan-dokumentasi.bpmn") with its XML, and each Camunda Form's file name
 * ("….form") with its JSON, in the order of the steps (start form first).
 */
public record GeneratedSop(SopPlan plan, String bpmnFileName, String bpmnXml, Map<String, String> forms) {
}
