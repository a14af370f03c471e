;; `select` between constants.

(module
  (func (export "f") (param $c i32) (result i64)
    (select (i64.const 1) (i64.const -1) (local.get $c))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003E
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     rcx,0xFFFFFFFFFFFFFFFF
;;     2a: mov     edx,1
;;     30: test    eax,eax
;;     33: cmove   rdx,rcx
;;     37: mov     rax,rdx
;;     3a: leave
;;     3b: ret     8
;;     3e: cmp     dword ptr [r11+0x14],0
;;     47: jne     0x000000000000005D
;;     4d: cmp     rax,[r11+0x38]
;;     52: jb      0x0000000000000077
;;     58: jmp     0x000000000000001E
;;     5d: mov     r11,[r14]
;;     62: mov     qword ptr [r11+0x18],0x1F
;;     6b: mov     eax,0xA
;;     71: mov     rsp,[r11+8]
;;     76: ret
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x1F
;;     85: mov     eax,9
;;     8b: mov     rsp,[r11+8]
;;     90: ret
