;; A direct call with two arguments pushed in order.

(module
  (func $g (param i32 i32) (result i32) (i32.sub (local.get 0) (local.get 1)))
  (func (export "f") (param $a i32) (result i32)
    (call $g (local.get $a) (i32.const 5))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002A
;;     1e: mov     eax,[rbp+0x18]
;;     23: sub     eax,[rbp+0x10]
;;     28: leave
;;     29: ret
;;     2a: cmp     dword ptr [r11+0x14],0
;;     33: jne     0x0000000000000049
;;     39: cmp     rax,[r11+0x38]
;;     3e: jb      0x0000000000000063
;;     44: jmp     0x000000000000001E
;;     49: mov     r11,[r14]
;;     4e: mov     qword ptr [r11+0x18],0x26
;;     57: mov     eax,0xA
;;     5d: mov     rsp,[r11+8]
;;     62: ret
;;     63: mov     r11,[r14]
;;     68: mov     qword ptr [r11+0x18],0x26
;;     71: mov     eax,9
;;     77: mov     rsp,[r11+8]
;;     7c: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000031
;;     1e: push    qword ptr [rbp+0x10]
;;     23: push    5
;;     25: call    0xFFFFFFFFFFFFFF80
;;     2a: lea     rsp,[rsp+0x10]
;;     2f: leave
;;     30: ret
;;     31: cmp     dword ptr [r11+0x14],0
;;     3a: jne     0x0000000000000050
;;     40: cmp     rax,[r11+0x38]
;;     45: jb      0x000000000000006A
;;     4b: jmp     0x000000000000001E
;;     50: mov     r11,[r14]
;;     55: mov     qword ptr [r11+0x18],0x2E
;;     5e: mov     eax,0xA
;;     64: mov     rsp,[r11+8]
;;     69: ret
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x2E
;;     78: mov     eax,9
;;     7e: mov     rsp,[r11+8]
;;     83: ret
