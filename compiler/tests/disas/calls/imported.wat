;; A call to an imported function goes through its (code, vmctx) pair.

(module
  (import "env" "h" (func $h (param i32) (result i32)))
  (func (export "f") (param $a i32) (result i32)
    (call $h (local.get $a))))

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003E
;;     1e: push    qword ptr [rbp+0x10]
;;     23: mov     rax,[r14+0x10]
;;     28: mov     r11,r14
;;     2b: mov     r14,[rax+8]
;;     30: call    qword ptr [rax]
;;     35: mov     r14,[rbp-8]
;;     3a: leave
;;     3b: ret     8
;;     3e: cmp     dword ptr [r11+0x14],0
;;     47: jne     0x000000000000005D
;;     4d: cmp     rax,[r11+0x38]
;;     52: jb      0x0000000000000077
;;     58: jmp     0x000000000000001E
;;     5d: mov     r11,[r14]
;;     62: mov     qword ptr [r11+0x18],0x2A
;;     6b: mov     eax,0xA
;;     71: mov     rsp,[r11+8]
;;     76: ret
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x2A
;;     85: mov     eax,9
;;     8b: mov     rsp,[r11+8]
;;     90: ret
