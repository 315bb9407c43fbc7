export {
  type Bayram,
  type CalendarSource,
  FIRST_COVERED_YEAR,
  FIXED_HOLIDAYS,
  FIXED_HOLIDAYS_SOURCE,
  type FixedHoliday,
  HOLIDAY_NAME_KEYS,
  type HolidayNameKey,
  LAST_COVERED_YEAR,
  RELIGIOUS_HOLIDAYS,
  type ReligiousHolidayYear,
} from './holidays';
export {
  addWorkingDays,
  CalendarRangeError,
  type DayInfo,
  dayInfo,
  isCoveredDate,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';
