import {
  BoardCreate,
  BoardDetail,
  BoardIdParam,
  BoardList,
  Board,
  BoardUpdate,
  Comment,
  CommentCreate,
  CommentIdParam,
  CommentPage,
  CommentReply,
  CommentReplyPage,
  LikeState,
  NoteIdParam,
  PageQuery,
  Report,
  ReportCreate,
  SaveNote,
  SaveState,
  UnsaveNoteQuery,
} from '@noteshop/contracts';
import { contractDto } from '../docs/contract-dto';

export class NoteIdParamDto extends contractDto(NoteIdParam) {}
export class BoardIdParamDto extends contractDto(BoardIdParam) {}
export class CommentIdParamDto extends contractDto(CommentIdParam) {}
export class PageQueryDto extends contractDto(PageQuery) {}

export class LikeStateDto extends contractDto(LikeState) {}

export class BoardDto extends contractDto(Board) {}
export class BoardListDto extends contractDto(BoardList) {}
export class BoardDetailDto extends contractDto(BoardDetail) {}
export class BoardCreateDto extends contractDto(BoardCreate) {}
export class BoardUpdateDto extends contractDto(BoardUpdate) {}
export class SaveNoteDto extends contractDto(SaveNote) {}
export class UnsaveNoteQueryDto extends contractDto(UnsaveNoteQuery) {}
export class SaveStateDto extends contractDto(SaveState) {}

export class CommentDto extends contractDto(Comment) {}
export class CommentReplyDto extends contractDto(CommentReply) {}
export class CommentPageDto extends contractDto(CommentPage) {}
export class CommentReplyPageDto extends contractDto(CommentReplyPage) {}
export class CommentCreateDto extends contractDto(CommentCreate) {}

export class ReportDto extends contractDto(Report) {}
export class ReportCreateDto extends contractDto(ReportCreate) {}
