package id.go.mojokertokab.prokopim;

import java.util.Optional;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Reads a Camunda extension property ({@code camunda:properties/camunda:property}, the "Extension
 * properties" of Camunda Modeler) of a BPMN element while the engine parses it.
 */
public final class ExtensionProperty {

    private ExtensionProperty() {
    }

    /** The non-blank value of the element's first property named {@code name}. */
    public static Optional<String> of(Element element, String name) {
        Element extensions = element.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return Optional.empty();
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(property -> name.equals(property.attribute("name")))
                .map(property -> property.attribute("value"))
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }
}
