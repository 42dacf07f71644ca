package id.go.mojokertokab.prokopim.browser;

import static id.go.mojokertokab.prokopim.browser.Tasklist.literal;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js) rendered in Tasklist, filled as a user does: fields are found by the
 * label they show, inputs are typed into and options are clicked. Elements are looked up again
 * for every action, because form-js re-renders the form on each change.
 */
final class CamundaForm {

    private final Browser browser;
    private final By container;
    private final int row;

    CamundaForm(Browser browser, By container) {
        this(browser, container, -1);
    }

    private CamundaForm(Browser browser, By container, int row) {
        this.browser = browser;
        this.container = container;
        this.row = row;
    }

    /** Row {@code index} (from 0) of the form's dynamic list. */
    CamundaForm row(int index) {
        return new CamundaForm(browser, container, index);
    }

    int rowCount() {
        return browser.find(container).findElements(By.cssSelector(".fjs-repeat-row-container")).size();
    }

    /** Types into a text, number or textarea field, replacing what it held. */
    CamundaForm fill(String label, String text) {
        WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea"));
        browser.click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        browser.waitUntil("'" + label + "' to hold '" + text + "'",
                driver -> text.equals(field(label).findElement(By.cssSelector("input.fjs-input, textarea")).getDomProperty("value")));
        return this;
    }

    /** Types into a date or time picker and confirms with Enter, as the pickers take typed values. */
    CamundaForm enter(String label, String text) {
        fill(label, text);
        field(label).findElement(By.cssSelector("input.fjs-input")).sendKeys(Keys.ENTER);
        return this;
    }

    /** Picks an option of a select field, searchable or not, by the option's label. */
    CamundaForm select(String label, String option) {
        WebElement field = field(label);
        List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
        if (display.isEmpty()) {
            WebElement search = field.findElement(By.cssSelector("input.fjs-input"));
            browser.click(search);
            search.sendKeys(option);
        } else {
            browser.click(display.get(0));
        }
        By item = By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=" + literal(option) + "]");
        browser.click(browser.waitUntil("option '" + option + "' of '" + label + "'",
                driver -> field(label).findElements(item).stream().findFirst().orElse(null)));
        browser.waitUntil("'" + label + "' to show '" + option + "'", driver -> option.equals(selected(label)));
        return this;
    }

    /** Checks a radio option or a checklist box by the option's label. */
    CamundaForm choose(String label, String option) {
        By choice = By.xpath(".//label[normalize-space(.)=" + literal(option) + "]//input");
        browser.click(field(label).findElement(choice));
        browser.waitUntil("'" + option + "' to be checked", driver -> field(label).findElement(choice).isSelected());
        return this;
    }

    /** Ticks a single checkbox field. */
    CamundaForm check(String label) {
        By box = By.cssSelector("input[type='checkbox']");
        browser.click(field(label).findElement(box));
        browser.waitUntil("'" + label + "' to be checked", driver -> field(label).findElement(box).isSelected());
        return this;
    }

    /** Types into a text field one key at a time, as a person does, without waiting for anything in between. */
    CamundaForm type(String label, String text) {
        WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea"));
        browser.click(input);
        for (char key : text.toCharArray()) {
            input.sendKeys(String.valueOf(key));
        }
        return this;
    }

    /** Ticks a checkbox through the page's script, as another change does, leaving the focus where it is. */
    CamundaForm tickWithoutFocus(String label) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();",
                field(label).findElement(By.cssSelector("input[type='checkbox']")));
        return this;
    }

    /** The placeholder of a field's input, e.g. the date format of a date picker. */
    String placeholder(String label) {
        return field(label).findElement(By.cssSelector("input.fjs-input")).getDomAttribute("placeholder");
    }

    /** Opens a date field's calendar and returns its text: month, weekdays and days. */
    String openCalendar(String label) {
        browser.click(field(label).findElement(By.cssSelector("input.fjs-input")));
        return browser.waitUntil("the calendar of '" + label + "'", driver -> driver.findElements(By.cssSelector(".flatpickr-calendar.open"))
                .stream().filter(WebElement::isDisplayed).map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse(null));
    }

    /** What a select field shows as chosen, or what a text field holds. */
    String selected(String label) {
        WebElement field = field(label);
        List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
        return display.isEmpty()
                ? field.findElement(By.cssSelector("input.fjs-input")).getDomProperty("value")
                : display.get(0).getText().trim();
    }

    /** The validation messages form-js shows under the fields. */
    List<String> errors() {
        return scope().findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).map(String::trim).filter(text -> !text.isEmpty())
                .toList();
    }

    /** The form's visible text: headings, read-only values and labels. */
    String text() {
        return scope().getText();
    }

    private WebElement field(String label) {
        // a field, or the date or the time half of a datetime field, whose own label reads `label`
        By field = By.xpath(".//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')"
                + " or contains(@class, 'fjs-datetime-subsection')]"
                + "[./label[contains(@class,'fjs-form-field-label')][normalize-space(translate(., '*', ''))=" + literal(label) + "]]");
        return browser.waitUntil("a field labelled '" + label + "'",
                driver -> scope().findElements(field).stream().findFirst().orElse(null));
    }

    private WebElement scope() {
        WebElement form = browser.find(container);
        return row < 0 ? form : form.findElements(By.cssSelector(".fjs-repeat-row-container")).get(row);
    }
}
