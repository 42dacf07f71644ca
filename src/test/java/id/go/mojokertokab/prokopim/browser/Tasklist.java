package id.go.mojokertokab.prokopim.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist as a user works it: log in, pick a filter, open a task, fill its form, complete.
 * Tasklist's own buttons are found by their Angular actions, not their captions, so the tests keep
 * working whichever language Tasklist is shown in. Filters, processes, tasks and form fields are
 * found by the names the users see.
 */
final class Tasklist {

    private static final By FILTERS = By.cssSelector(".task-filters .task-filter");
    private static final By TASK_FORM = By.cssSelector(".task-details .fjs-container .fjs-form-field");
    private static final By COMPLETE = By.cssSelector(".task-details button[ng-click='complete()']");
    private static final By SAVE = By.cssSelector(".task-details button[ng-click='save($event)']");
    private static final By NOTIFICATION = By.cssSelector(".page-notifications .alert");
    private static final By FOOTER = By.cssSelector("footer");
    private static final By START_DIALOG = By.cssSelector(".modal-dialog");
    private static final By TASKS_LIST = By.cssSelector("section.tasks-list");

    private final Browser browser;
    private final LoginPage loginPage;
    private final String url;

    Tasklist(Browser browser, int port) {
        this.browser = browser;
        this.loginPage = new LoginPage(browser, port, "tasklist");
        this.url = loginPage.url();
    }

    LoginPage loginPage() {
        return loginPage;
    }

    /** Logs in with a demo user (password = user id) and waits for the user's filters. */
    void login(String user) {
        loginPage.open().signIn(user);
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(FILTERS));
    }

    void logout() {
        browser.click(browser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[cam-widget-header] li.account > a.dropdown-toggle"))));
        browser.click(browser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[cam-widget-header] li.logout > a"))));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(LoginPage.USERNAME));
    }

    void openFilter(String name) {
        By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a[normalize-space(text())="
                + literal(name) + "]]");
        browser.click("filter '" + name + "' to be clicked",
                driver -> Optional.ofNullable(ExpectedConditions.elementToBeClickable(filter).apply(driver))
                        .map(card -> card.findElement(By.cssSelector("h4 a"))).orElse(null));
        browser.waitUntil(ExpectedConditions.attributeContains(filter, "class", "active"));
    }

    /** The task card in the list of the open filter; waits until the list shows it. */
    WebElement taskCard(String taskName) {
        return browser.waitUntil("task '" + taskName + "' in the list", driver -> card(driver, taskName).orElse(null));
    }

    /** The due date on the task's card as Tasklist words it, e.g. "Batas waktu dalam sejam". */
    String dueDate(String taskName) {
        return browser.read(() -> taskCard(taskName).findElement(By.cssSelector(".due-date")).getText().trim());
    }

    /**
     * The full due date that the card shows when the pointer rests on its due date, in the
     * browser's time zone, e.g. "Kamis, 26 November 2026 pukul 22:39".
     */
    String dueDateTooltip(String taskName) {
        return browser.read(() -> taskCard(taskName).findElement(By.cssSelector(".due-date [am-time-ago]")).getDomAttribute("uib-tooltip"));
    }

    /** The names of the tasks the open filter lists (those on the list's first page). */
    List<String> taskNames() {
        return browser.read(() -> browser.driver.findElements(By.cssSelector("section.tasks-list li.task h4 a")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).map(String::trim).toList());
    }

    /** The whole text of each card the open filter lists (name, process, dates, variables such as Perihal). */
    List<String> cardTexts() {
        return browser.read(() -> browser.driver.findElements(By.cssSelector("section.tasks-list li.task")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList());
    }

    /** The name of the filter Tasklist has open, without the count of its tasks that follows it. */
    String activeFilter() {
        return browser.read(() -> browser.find(By.cssSelector(".task-filter.active h4.name a")).getText()
                .replaceFirst("\\s*\\(?\\d+\\)?$", "").trim());
    }

    /** Waits until the open filter's list has loaded and is empty, and returns what it says instead of tasks. */
    String waitUntilListEmpty() {
        // the notice exists only once the list has loaded with no task (ng-if in Tasklist's list template)
        return browser.waitUntil("the task list to be empty", ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                TASKS_LIST, By.cssSelector("div.well"))).get(0).getText().trim();
    }

    /** Opens a link to a task (Tasklist's URL with {@code ?task=<id>}), e.g. one passed on by a colleague. */
    void openTaskLink(String taskId) {
        browser.get(url + "#/?task=" + taskId);
    }

    /** Waits for an error message of Tasklist, e.g. "Tugas ini sudah tidak ada: …". */
    String error() {
        By alert = By.cssSelector(".page-notifications .alert-danger");
        browser.waitUntil("an error message", ExpectedConditions.visibilityOfElementLocated(alert));
        return browser.read(() -> browser.find(alert).findElement(By.cssSelector(".status")).getText().trim() + ": "
                + browser.find(alert).findElement(By.cssSelector(".message")).getText().trim());
    }

    /** The notices shown above the open task's form (claim hint, lateness), in order. */
    List<String> formNotices() {
        return browser.read(() -> browser.driver.findElements(By.cssSelector(".task-details .office-notice")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).map(String::trim).toList());
    }

    /** The marker on the task's card in the list, e.g. "Terlambat", or "" when there is none. */
    String cardMarker(String taskName) {
        return browser.read(() -> taskCard(taskName).findElements(By.cssSelector(".office-late")).stream()
                .map(WebElement::getText).map(String::trim).findFirst().orElse(""));
    }

    /** Presses Save: Tasklist keeps the form's values in the browser for this task. */
    void save() {
        browser.click(browser.find(SAVE));
    }

    /** The values Save kept in the browser for the task (Tasklist's localStorage entry), as JSON. */
    String savedFormValues(String taskId) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                "return localStorage.getItem('camunda-form:' + arguments[0]);", taskId);
    }

    /**
     * Whether the form's Save and Complete buttons, scrolled to the end of the task, are wholly
     * on screen above the fixed footer and receive a click at their middle; with the reasons if not.
     */
    List<String> formButtonsBlocked() {
        WebElement pane = browser.find(By.cssSelector(".task-details > .three-cols-layout-cell.content"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollTop = arguments[0].scrollHeight;", pane);
        int footerTop = browser.find(FOOTER).getRect().getY();
        List<String> blocked = new ArrayList<>();
        for (By button : List.of(SAVE, COMPLETE)) {
            WebElement element = browser.find(button);
            Rectangle rect = element.getRect();
            if (rect.getY() + rect.getHeight() > footerTop) {
                blocked.add(element.getText() + " ends at " + (rect.getY() + rect.getHeight()) + ", the footer starts at " + footerTop);
            }
            Object hit = ((JavascriptExecutor) browser.driver).executeScript(
                    "const r = arguments[0].getBoundingClientRect();"
                            + "return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === arguments[0];", element);
            if (!Boolean.TRUE.equals(hit)) {
                blocked.add(element.getText() + " does not receive a click at its middle");
            }
        }
        return blocked;
    }

    /** Waits for a message of Tasklist and returns its position on the page. */
    Rectangle notificationRect() {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(NOTIFICATION)).getRect();
    }

    Rectangle completeRect() {
        return browser.find(COMPLETE).getRect();
    }

    /**
     * The page's visible texts and its placeholders, labels and tooltips, for finding words
     * that should not be shown.
     */
    String visibleTextsAndHints() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                "const hints = [...document.querySelectorAll('[placeholder],[aria-label],[title]')]"
                        + ".flatMap(e => ['placeholder', 'aria-label', 'title'].map(a => e.getAttribute(a)).filter(Boolean));"
                        + "const calendars = [...document.querySelectorAll('.flatpickr-calendar.open')].map(c => c.innerText);"
                        + "return [document.body.innerText, ...hints, ...calendars].join('\\n');");
    }

    /** Whether a task is open on the right, with its form. */
    boolean isTaskOpen() {
        return browser.read(() -> browser.driver.findElements(TASK_FORM).stream().anyMatch(WebElement::isDisplayed));
    }

    /** Opens the task from the list and waits until its form-js form is rendered. */
    CamundaForm openTask(String taskName) {
        browser.click("task '" + taskName + "' in the list to be clicked",
                driver -> card(driver, taskName).map(card -> card.findElement(By.cssSelector("h4 a"))).orElse(null));
        return awaitTaskForm(taskName);
    }

    /** Opens a task by its link, among several of the same name, and waits until its form-js form is rendered. */
    CamundaForm openTask(String taskName, String taskId) {
        openTaskLink(taskId);
        return awaitTaskForm(taskName);
    }

    private CamundaForm awaitTaskForm(String taskName) {
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details h2"), taskName));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(TASK_FORM));
        return new CamundaForm(browser, By.cssSelector(".task-details .fjs-container"));
    }

    /** Claims an open group task; its form becomes editable. */
    void claim() {
        browser.click(browser.waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-details button.claim"))));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details button.unclaim")));
    }

    boolean isCompleteEnabled() {
        return browser.find(COMPLETE).isEnabled();
    }

    void waitUntilCompleteEnabled() {
        browser.waitUntil("Complete to be enabled (on a dynamic list it needs scripts/dynamic-list-errors-fix.js)",
                ExpectedConditions.elementToBeClickable(COMPLETE));
    }

    /** Presses Complete without expecting success (the form may refuse). */
    void pressComplete() {
        dismissNotifications();
        browser.click(browser.find(COMPLETE));
    }

    /** Closes Tasklist's messages (e.g. a refused submit) that would lie over the form's buttons. */
    void dismissNotifications() {
        By close = By.cssSelector(".page-notifications .alert button.close");
        for (WebElement button : browser.driver.findElements(close)) {
            try {
                if (button.isDisplayed()) {
                    button.click();
                }
            } catch (StaleElementReferenceException gone) {
                // Tasklist took that notification away meanwhile: nothing left to close
            }
        }
        browser.waitUntil("notifications to close", driver -> driver.findElements(close).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Presses Complete and waits until Tasklist has closed the completed task. */
    void complete() {
        waitUntilCompleteEnabled();
        pressComplete();
        browser.waitUntil("Tasklist to close the completed task", driver -> !driver.getCurrentUrl().contains("task="));
    }

    /** Opens "Start process", picks the process and waits for its start form. */
    CamundaForm startProcess(String processName) {
        browser.click(browser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[cam-widget-header] li.start-process-action a"))));
        By process = By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]//a[normalize-space(.)="
                + literal(processName) + "]");
        browser.screenshot("start-process-dialog");
        browser.click(browser.waitUntil(ExpectedConditions.elementToBeClickable(process)));
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-dialog .fjs-container .fjs-form-field")));
        return new CamundaForm(browser, By.cssSelector(".modal-dialog .fjs-container"));
    }

    /** Presses Start in the start dialog and waits until the dialog closes. */
    void start() {
        browser.click(browser.find(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']")));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(START_DIALOG));
    }

    private static Optional<WebElement> card(WebDriver driver, String taskName) {
        List<WebElement> cards = driver.findElements(By.xpath("//section[contains(@class,'tasks-list')]//li[contains(@class,'task')]"
                + "[.//h4/a[normalize-space(.)=" + literal(taskName) + "]]"));
        return cards.stream().filter(WebElement::isDisplayed).findFirst();
    }

    /** An XPath string literal; the names in these tests have no apostrophes. */
    static String literal(String text) {
        if (text.contains("'")) {
            throw new IllegalArgumentException("No apostrophes in names: " + text);
        }
        return "'" + text + "'";
    }
}
