;; `return_call` of an imported function jumps through its (code, vmctx) pair.

(module
  (import "env" "h" (func $h (param i32) (result i32)))
  (func (export "f") (param $a i32) (result i32)
    (return_call $h (local.get $a))))

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x60]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000066
;;     1e: push    qword ptr [rbp+0x10]
;;     23: mov     rax,[r14+0x10]
;;     28: push    qword ptr [rbp+8]
;;     2d: push    qword ptr [rbp]
;;     32: mov     r11,[rbp-0x10]
;;     37: mov     [rbp+0x10],r11
;;     3c: mov     r11,[rbp-0x18]
;;     41: mov     [rbp+8],r11
;;     46: mov     r11,[rbp-0x20]
;;     4b: mov     [rbp],r11
;;     50: lea     rsp,[rbp]
;;     54: pop     rbp
;;     55: mov     r11,r14
;;     58: mov     r14,[rax+8]
;;     5d: jmp     qword ptr [rax]
;;     62: leave
;;     63: ret     8
;;     66: cmp     dword ptr [r11+0x14],0
;;     6f: jne     0x0000000000000085
;;     75: cmp     rax,[r11+0x38]
;;     7a: jb      0x000000000000009F
;;     80: jmp     0x000000000000001E
;;     85: mov     r11,[r14]
;;     8a: mov     qword ptr [r11+0x18],0x2A
;;     93: mov     eax,0xA
;;     99: mov     rsp,[r11+8]
;;     9e: ret
;;     9f: mov     r11,[r14]
;;     a4: mov     qword ptr [r11+0x18],0x2A
;;     ad: mov     eax,9
;;     b3: mov     rsp,[r11+8]
;;     b8: ret
